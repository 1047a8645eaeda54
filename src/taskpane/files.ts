/** Files the user picked, read in the browser (never uploaded). */
import type { PickedFile } from "./services";

/** A File from an <input type=file> as the services' PickedFile. */
export function pickedFromFile(file: File): PickedFile {
  return {
    name: file.name,
    bytes: async () => {
      // Blob.arrayBuffer is missing in some older webviews; FileReader works everywhere.
      if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
      return new Promise<Uint8Array>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
        reader.onerror = () => reject(reader.error ?? new Error("Filen kunde inte läsas."));
        reader.readAsArrayBuffer(file);
      });
    },
  };
}
