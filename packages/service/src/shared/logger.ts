/** Library code never writes to the console; whoever hosts the service decides where logs go. */
export type Logger = {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
};

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
