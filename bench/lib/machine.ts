import os from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started: other work on the machine skews timings. */
  loadAverage: number;
  /** The same when the run ended. */
  loadAverageEnd?: number;
  date: string;
}

export const loadAverageNow = (): number => Math.round((os.loadavg()[0] ?? 0) * 100) / 100;

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: loadAverageNow(),
    date: new Date().toISOString(),
  };
}
