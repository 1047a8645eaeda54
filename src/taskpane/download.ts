/** Offers bytes as a file download (standalone mode): a Blob behind a temporary object URL. */
export interface Downloadable {
  fileName: string;
  bytes: Uint8Array | string;
  mimeType: string;
}

export function offerDownload(file: Downloadable): void {
  const blob = new Blob([file.bytes as BlobPart], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** What the file pickers accept: .xlsx only (ExcelJS cannot read .xls). */
export const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
