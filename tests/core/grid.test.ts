import { address, excelSerialToIsoDate, parseAddress, parseRange, rangeAddress } from "../../src/core/grid";

describe("grid addresses and Excel dates", () => {
  it("reads and writes A1 addresses and ranges, with sheet prefixes and $ signs", () => {
    expect(parseAddress("AA10")).toEqual({ row: 10, col: 27 });
    expect(address(10, 27)).toBe("AA10");
    expect(parseRange("'Blad 1'!$C$3:A1")).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(rangeAddress(parseRange("B2"))).toBe("B2");
    expect(rangeAddress({ top: 8, left: 1, bottom: 20, right: 9 })).toBe("A8:I20");
    expect(() => parseAddress("Kvartal 2")).toThrow(/Ogiltig celladress/);
  });

  it("turns Excel serials into ISO dates in both date systems, dropping the time of day", () => {
    expect(excelSerialToIsoDate(44074)).toBe("2020-08-31");
    expect(excelSerialToIsoDate(44074.99)).toBe("2020-08-31");
    expect(excelSerialToIsoDate(1)).toBe("1900-01-01");
    expect(excelSerialToIsoDate(61)).toBe("1900-03-01");
    expect(excelSerialToIsoDate(42612, true)).toBe("2020-08-31");
  });
});
