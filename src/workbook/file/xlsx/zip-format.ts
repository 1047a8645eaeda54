/** The zip format's record signatures and compression methods (PKWARE's APPNOTE.TXT, 4.3 and 4.4.5), for the reader and the writer. */
export const ZIP_LOCAL_HEADER = 0x04034b50;
export const ZIP_DATA_DESCRIPTOR = 0x08074b50;
export const ZIP_CENTRAL_HEADER = 0x02014b50;
export const ZIP_END_OF_DIRECTORY = 0x06054b50;
export const ZIP64_END_LOCATOR = 0x07064b50;
export const ZIP64_END_OF_DIRECTORY = 0x06064b50;
export const STORED = 0;
export const DEFLATE = 8;
