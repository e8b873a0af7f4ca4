/** The port `debrief serve` listens on unless told otherwise: its own module, so `--help` needs no server. */
export const DEFAULT_PORT = 4820;
