export type Cell = string | number;

// Spreadsheets run a cell starting with one of these as a formula ("CSV injection"); a leading
// apostrophe makes Excel and WPS show it as text. Numbers are written as numbers and stay so.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCell(cell: Cell): Cell {
  return typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One CSV record (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvLine(cells: Cell[]): string {
  return (
    cells
      .map((c) => {
        const s = String(c);
        return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
      })
      .join(",") + "\r\n"
  );
}
