/**
 * The pane's shell: title, mode, (standalone) the workbook bar, the view tabs. Every view stays
 * mounted while hidden so its results survive switching tabs.
 */
import { Suspense, useEffect, useMemo, useState, type ReactNode } from "react";
import { FluentProvider, Tab, TabList, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircleFilled,
  CheckmarkCircleRegular,
  DocumentTableFilled,
  DocumentTableRegular,
  SendFilled,
  SendRegular,
  SettingsFilled,
  SettingsRegular,
  TableStackBelowFilled,
  TableStackBelowRegular,
  bundleIcon,
} from "@fluentui/react-icons";
import type { PaneServices } from "./services";
import { I18nProvider, translatorFor } from "./i18n";
import { DEFAULT_SETTINGS, givenMeta, prefillSettings, storeSettings, type PaneSettings } from "./settings";
import { reportingStructuredMeta } from "./prefill";
import type { OpenProgress } from "./worker/client";
import { StandaloneBar, type ExampleId } from "./StandaloneBar";
import { PANE_REQUEST_KEY, takePaneRequest } from "./pane-request";
import { MallView } from "./views/MallView";
// Loaded after the first paint (views/lazy.tsx); Mall, the usual first view, is in the first chunk.
import { CheckView, ConsolidateView, SettingsView, SubmitView, TabTooltip } from "./views/lazy";
import { useMediaQuery } from "./useMediaQuery";
import { useForcedColorStyles, usePaneTheme } from "./theme";
import { WIDE_PANE } from "./views/styles";

export const VIEWS = ["mall", "kontrollera", "inlamning", "sammanstall", "installningar"] as const;
export type ViewId = (typeof VIEWS)[number];

/** One icon per view, unlike each other at a glance; filled when the tab is selected. */
const TAB_ICONS = {
  mall: bundleIcon(DocumentTableFilled, DocumentTableRegular),
  kontrollera: bundleIcon(CheckmarkCircleFilled, CheckmarkCircleRegular),
  inlamning: bundleIcon(SendFilled, SendRegular),
  sammanstall: bundleIcon(TableStackBelowFilled, TableStackBelowRegular),
  installningar: bundleIcon(SettingsFilled, SettingsRegular),
} satisfies Record<ViewId, unknown>;


export function toViewId(value: string | null | undefined): ViewId | null {
  const wanted = value?.toLowerCase();
  return VIEWS.find((view) => view === wanted) ?? null;
}

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column" },
  header: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
  mode: { color: tokens.colorNeutralForeground3 },
  tabs: { padding: `0 ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  tabList: { flexWrap: "nowrap", minWidth: 0 },
});

export interface AppProps {
  services: PaneServices;
  /** Standalone: opens picked bytes as a workbook (in a Web Worker) and returns services bound to it. */
  openWorkbook?: (name: string, bytes: Uint8Array, progress?: OpenProgress) => Promise<PaneServices>;
  loadExample?: (id: ExampleId) => Promise<Uint8Array>;
  initialView?: ViewId;
  /** Run the check when the pane opens (ribbon "Kontrollera"). */
  autoCheck?: boolean;
  initialSettings?: PaneSettings;
  /** Remember settings in the browser's storage (off in tests). */
  persistSettings?: boolean;
}

export function App({
  services: initialServices,
  openWorkbook,
  loadExample,
  initialView = "mall",
  autoCheck = false,
  initialSettings = DEFAULT_SETTINGS,
  persistSettings = false,
}: AppProps) {
  const styles = useStyles();
  const [openServices, setServices] = useState(initialServices);
  const services = useMemo(
    () => reportingStructuredMeta(openServices, (meta) => setSettings((current) => prefillSettings(current, meta))),
    [openServices],
  );
  const [generation, setGeneration] = useState(0);
  const [view, setView] = useState<ViewId>(initialView);
  const [settings, setSettings] = useState<PaneSettings>(initialSettings);
  const t = translatorFor(settings.lang);
  // The five labelled tabs need a wide pane (Excel's is about 320–350 px). Narrower, the tabs show
  // their icons, with the name as tooltip and accessible name, and the selected tab keeps its
  // label, as in Excel's own Format pane.
  const compactTabs = !useMediaQuery(WIDE_PANE);
  const theme = usePaneTheme(services.mode);
  const forcedColors = useForcedColorStyles();

  // Ribbon commands with a shared runtime leave a request (see pane-request.ts).
  const [checkToken, setCheckToken] = useState(autoCheck ? 1 : 0);
  useEffect(() => {
    const apply = () => {
      const request = takePaneRequest(globalThis.localStorage);
      const target = toViewId(request?.view);
      if (!request || !target) return;
      setView(target);
      if (request.check) setCheckToken((n) => n + 1);
    };
    apply();
    const onStorage = (event: StorageEvent) => {
      if (event.key === PANE_REQUEST_KEY && event.newValue) apply();
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  useEffect(() => {
    document.documentElement.lang = settings.lang;
    if (persistSettings) storeSettings(settings);
  }, [settings, persistSettings]);

  async function onOpen(name: string, bytes: () => Promise<Uint8Array>, progress?: OpenProgress) {
    if (!openWorkbook) return;
    const next = await openWorkbook(name, await bytes(), progress);
    setServices(next);
    // New workbook: every view starts over (results of the old file would be misleading).
    setGeneration((n) => n + 1);
  }

  const panels: Record<ViewId, ReactNode> = {
    mall: <MallView services={services} settings={settings} />,
    kontrollera: <CheckView services={services} settings={settings} runToken={generation === 0 ? checkToken : 0} />,
    inlamning: <SubmitView services={services} meta={givenMeta(settings)} />,
    sammanstall: <ConsolidateView services={services} active={view === "sammanstall"} />,
    installningar: <SettingsView services={services} settings={settings} onChange={setSettings} />,
  };

  return (
    <FluentProvider theme={theme} lang={settings.lang}>
      <I18nProvider lang={settings.lang}>
        <div className={mergeClasses(styles.root, forcedColors.root)}>
          <header className={styles.header}>
            <h1 className={styles.title}>{t("app.title")}</h1>
            <Text size={200} className={styles.mode} data-testid="host-mode">
              {services.mode === "excel" ? t("app.mode.excel") : t("app.mode.standalone")}
            </Text>
          </header>
          {services.mode === "standalone" && openWorkbook && (
            <StandaloneBar services={services} onOpen={onOpen} loadExample={loadExample} />
          )}
          <nav aria-label={t("app.nav")} className={styles.tabs}>
            <TabList
              className={styles.tabList}
              selectedValue={view}
              onTabSelect={(_, data) => setView(data.value as ViewId)}
              size="small"
            >
              {VIEWS.map((id) => {
                const label = t(`tab.${id}`);
                const Icon = TAB_ICONS[id];
                const common = { id: `tab-${id}`, value: id, "aria-controls": `panel-${id}`, icon: <Icon /> };
                if (!compactTabs || id === view) {
                  return (
                    <Tab key={id} {...common}>
                      {label}
                    </Tab>
                  );
                }
                // Until the tooltip has loaded (after the first paint) the tab carries its name itself.
                return (
                  <Suspense key={id} fallback={<Tab {...common} aria-label={label} />}>
                    <TabTooltip label={label}>
                      <Tab {...common} />
                    </TabTooltip>
                  </Suspense>
                );
              })}
            </TabList>
          </nav>
          <main>
            {VIEWS.map((id) => (
              <div
                key={`${id}-${generation}`}
                id={`panel-${id}`}
                role="tabpanel"
                aria-labelledby={`tab-${id}`}
                hidden={view !== id}
              >
                <Suspense fallback={null}>{panels[id]}</Suspense>
              </div>
            ))}
          </main>
        </div>
      </I18nProvider>
    </FluentProvider>
  );
}
