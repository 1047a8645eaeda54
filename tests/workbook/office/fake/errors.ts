/** The error Office.js raises (OfficeExtension.Error / RichApi.Error): a `code` the adapter maps. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}
