/** The Web Worker entry (standalone mode): serves the pane's services on the opened workbook. */
import { serveServices } from "./serve";
import type { Endpoint } from "./protocol";

serveServices(self as unknown as Endpoint);
