// CSV as RFC 4180 describes it: fields separated by a separator, lines ended by CRLF, a field with
// the separator, a quote or a line break between double quotes with its quotes doubled. Excel in
// Dutch-speaking Belgium expects ';' and recognises UTF-8 only with a byte order mark.

export const UTF8_BOM = '\uFEFF'

export function csvField(waarde: string | number | null | undefined, scheiding = ';'): string {
  const tekst = waarde === null || waarde === undefined ? '' : String(waarde)
  // A leading = or @ (or + - before anything but a number) would make a spreadsheet run the cell as a
  // formula (CSV injection); phone numbers like +32 3 ... stay as they are.
  const veilig = /^[=@\t\r]|^[+-](?![\d\s(])/.test(tekst) ? `'${tekst}` : tekst
  return veilig.includes(scheiding) || /["\r\n]/.test(veilig)
    ? `"${veilig.replace(/"/g, '""')}"`
    : veilig
}

export function csvLine(
  velden: readonly (string | number | null | undefined)[],
  scheiding = ';',
): string {
  return `${velden.map((v) => csvField(v, scheiding)).join(scheiding)}\r\n`
}
