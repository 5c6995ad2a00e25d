/** One line of a text progress bar: `label [#####-----]  50% 5/10 detail`. */
export function renderProgress(label: string, done: number, total: number, detail = '', width = 30): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * width);
  const percent = `${Math.floor(ratio * 100)}%`.padStart(4);
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent} ${done}/${total}${detail ? ` ${detail}` : ''}`;
}

/**
 * A progress bar on a stream (stderr, so a command's output stays clean): redrawn in place on a terminal, and on a
 * pipe or log file one line per tenth of the way.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  let lastTenth = -1;
  let drawn = false;
  return {
    update(label: string, done: number, total: number, detail = ''): void {
      const line = renderProgress(label, done, total, detail);
      if (stream.isTTY) {
        stream.write(`\r${line}\x1b[K`);
        drawn = true;
        return;
      }
      const tenth = total > 0 ? Math.floor((10 * done) / total) : 10;
      if (tenth !== lastTenth) stream.write(`${line}\n`);
      lastTenth = tenth;
    },
    /** Ends the bar's line, so what follows starts on its own. */
    end(): void {
      if (drawn) stream.write('\n');
      drawn = false;
      lastTenth = -1;
    },
  };
}
