import { localDateTime, tidyIsoDate } from "../../src/core/dates";
import { isValidIsoDate } from "../../src/core/parse/period";

describe("dates as the pane and the change log show them, Swedish style (ÅÅÅÅ-MM-DD)", () => {
  it("accepts real calendar dates only", () => {
    expect(["2024-08-31", "2024-02-29", "2020-12-31"].filter(isValidIsoDate)).toHaveLength(3);
    expect(
      ["2023-02-29", "2024-13-01", "2024-8-31", "31/08/2024", "08/31/2024", ""].filter(isValidIsoDate),
    ).toEqual([]);
  });

  it("tidies unambiguous short forms and leaves the rest for validation", () => {
    expect(tidyIsoDate(" 2024-8-31 ")).toBe("2024-08-31");
    expect(tidyIsoDate("20240831")).toBe("2024-08-31");
    expect(tidyIsoDate("2024 08 31")).toBe("2024-08-31");
    expect(tidyIsoDate("2024.8.1")).toBe("2024-08-01");
    expect(tidyIsoDate("2024831")).toBe("2024831");
    expect(tidyIsoDate("2020-08")).toBe("2020-08");
    expect(tidyIsoDate("2020-08.31")).toBe("2020-08.31");
    expect(tidyIsoDate("31/08/2024")).toBe("31/08/2024");
  });

  it("shows an instant in the user's own clock, never the browser's locale format", () => {
    expect(localDateTime(new Date(2024, 7, 31, 16, 5, 59))).toBe("2024-08-31 16:05");
    expect(localDateTime(new Date(2024, 7, 31, 16, 5, 9), "seconds")).toBe("2024-08-31 16:05:09");
  });
});
