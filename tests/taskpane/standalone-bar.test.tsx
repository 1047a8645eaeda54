/** @jest-environment jsdom */
/** Issue 16: after choosing a file, the focus goes to the line naming it, not to the top. */
import "../support/jsdom-setup";
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StandaloneBar } from "../../src/taskpane/StandaloneBar";
import { fakeServices } from "./fake-services";
import { renderInPane } from "./render";
import { OpenCancelled, type OpenProgress } from "../../src/taskpane/worker/client";

describe("the standalone workbook bar", () => {
  it("opening an example moves the focus to the workbook's name", async () => {
    const onOpen = jest.fn(async () => undefined);
    renderInPane(<StandaloneBar services={fakeServices()} onOpen={onOpen} loadExample={async () => new Uint8Array([1])} />);
    await userEvent.click(screen.getByRole("button", { name: "Öppna exempel" }));
    expect(onOpen).toHaveBeenCalledWith("kof-2020-delar.xlsx", expect.any(Function), expect.objectContaining({ signal: expect.any(AbortSignal) }));
    await waitFor(() => expect(screen.getByTestId("workbook-name")).toHaveFocus());
  });

  it("a file that cannot be opened keeps the focus and shows why", async () => {
    const onOpen = jest.fn(async () => {
      throw new Error("Det här är ett Word-dokument (.docx), inte en Excel-arbetsbok.");
    });
    renderInPane(<StandaloneBar services={fakeServices()} onOpen={onOpen} loadExample={async () => new Uint8Array([1])} />);
    await userEvent.click(screen.getByRole("button", { name: "Öppna exempel" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Word-dokument");
    expect(screen.getByTestId("workbook-name")).not.toHaveFocus();
  });

  it("while a file opens (in the worker): a progress bar with the stage, and a cancel button that stops it", async () => {
    let seen: OpenProgress | undefined;
    const onOpen = jest.fn(
      (_name: string, _bytes: () => Promise<Uint8Array>, progress?: OpenProgress) =>
        new Promise<void>((_resolve, reject) => {
          seen = progress;
          progress?.signal?.addEventListener("abort", () => reject(new OpenCancelled()));
        }),
    );
    renderInPane(<StandaloneBar services={fakeServices()} onOpen={onOpen} loadExample={async () => new Uint8Array([1])} />);
    await userEvent.click(screen.getByRole("button", { name: "Öppna exempel" }));
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    act(() => seen!.onProgress!("structure"));
    expect(screen.getByTestId("open-progress")).toHaveTextContent("Strukturerar bladen (steg 2 av 3)");
    await userEvent.click(screen.getByRole("button", { name: "Avbryt" }));
    expect(await screen.findByText("Öppnandet avbröts. Arbetsboken som var öppen innan är kvar.")).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
