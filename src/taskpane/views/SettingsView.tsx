/** Inställningar: report details and cut-off, the vocabulary profile (load/export), language. */
import { useCallback, useEffect, useState, type ChangeEvent } from "react";
import { Button, Field, Input, Radio, RadioGroup, Select, Text } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import type { LoadedProfile, PaneServices } from "../services";
import { PERIODS, isValidCutoff, isValidYear, type PaneSettings } from "../settings";
import { useT, type UiLang } from "../i18n";
import { errorMessage } from "../useTask";
import { offerDownload } from "../download";
import { tidyIsoDate } from "../../core/dates";
import { ErrorBar, InfoBar, SuccessBar, Working } from "../components/feedback";
import { FileInput } from "../components/FileInput";
import { useViewStyles } from "./styles";

export interface SettingsViewProps {
  services: PaneServices;
  settings: PaneSettings;
  onChange: (settings: PaneSettings) => void;
}

type ProfileMessage = { kind: "saved"; name: string } | { kind: "invalid"; errors: string[] } | { kind: "error"; message: string };

async function readText(file: File): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("Filen kunde inte läsas."));
    reader.readAsText(file);
  });
}

export function SettingsView({ services, settings, onChange }: SettingsViewProps) {
  const t = useT();
  const styles = useViewStyles();
  const [profile, setProfile] = useState<LoadedProfile | null>(null);
  const [profileError, setProfileError] = useState<string | null>(null);
  const [message, setMessage] = useState<ProfileMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [cutoffTouched, setCutoffTouched] = useState(false);

  const refreshProfile = useCallback(async () => {
    try {
      setProfile(await services.loadProfile());
      setProfileError(null);
    } catch (error) {
      setProfileError(errorMessage(error));
    }
  }, [services]);

  useEffect(() => {
    void refreshProfile();
  }, [refreshProfile]);

  const set = <K extends keyof PaneSettings>(key: K, value: PaneSettings[K]) => onChange({ ...settings, [key]: value });

  async function onProfileFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setBusy(true);
    setMessage(null);
    try {
      const parsed = await services.parseProfileText(await readText(file));
      if (!parsed.ok) {
        setMessage({ kind: "invalid", errors: parsed.errors });
      } else {
        await services.saveProfile(parsed.profile);
        setMessage({ kind: "saved", name: parsed.profile.name });
        await refreshProfile();
      }
    } catch (error) {
      setMessage({ kind: "error", message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  function onExport() {
    if (!profile) return;
    offerDownload({
      fileName: `profil-${profile.profile.id}.json`,
      bytes: `${JSON.stringify(profile.profile, null, 2)}\n`,
      mimeType: "application/json",
    });
  }

  const yearValid = isValidYear(settings.year);
  const cutoffValid = isValidCutoff(settings.cutoff);
  // Judged once the user leaves the field (or has typed a whole date), not at every keystroke.
  const cutoffJudged = cutoffTouched || settings.cutoff.length >= 10;
  const cutoffMessage =
    cutoffValid || !cutoffJudged
      ? undefined
      : /^\d{4}-\d{2}-\d{2}$/.test(settings.cutoff)
        ? t("settings.cutoff.noSuchDate", { date: settings.cutoff })
        : t("settings.cutoff.invalid");

  return (
    <div className={styles.view}>
      <h2 className={styles.heading}>{t("settings.heading")}</h2>

      <section className={styles.section} aria-labelledby="settings-meta-heading">
        <h3 id="settings-meta-heading" className={styles.subheading}>
          {t("settings.meta.heading")}
        </h3>
        <Text>{t("settings.meta.intro")}</Text>
        <Field label={t("meta.organisation")}>
          <Input value={settings.organisation} onChange={(_, data) => set("organisation", data.value)} />
        </Field>
        <Field label={t("meta.board")}>
          <Input value={settings.board} onChange={(_, data) => set("board", data.value)} />
        </Field>
        <Field
          label={t("meta.year")}
          validationState={yearValid ? "none" : "error"}
          validationMessage={yearValid ? undefined : t("settings.year.invalid")}
        >
          <Input inputMode="numeric" value={settings.year} onChange={(_, data) => set("year", data.value)} />
        </Field>
        <Field label={t("meta.period")}>
          <Select value={settings.period} onChange={(_, data) => set("period", data.value as PaneSettings["period"])}>
            <option value="">{t("meta.period.none")}</option>
            {PERIODS.map((period) => (
              <option key={period} value={period}>
                {t(`meta.period.${period}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("meta.contact")}>
          <Input value={settings.contact} onChange={(_, data) => set("contact", data.value)} />
        </Field>
        {/* Not <input type="date">: it shows the browser's locale (08/31/2024 in an English
            Chromium); the pane writes and reads dates as ÅÅÅÅ-MM-DD, like the template. */}
        <Field
          label={t("meta.cutoff")}
          hint={t("meta.cutoffHint")}
          validationState={cutoffMessage ? "error" : "none"}
          validationMessage={cutoffMessage}
        >
          <Input
            value={settings.cutoff}
            placeholder={t("meta.cutoffPlaceholder")}
            autoComplete="off"
            spellCheck={false}
            maxLength={10}
            pattern="\d{4}-\d{2}-\d{2}"
            data-testid="cutoff"
            onChange={(_, data) => {
              setCutoffTouched(false);
              set("cutoff", data.value);
            }}
            onBlur={() => {
              setCutoffTouched(true);
              const tidy = tidyIsoDate(settings.cutoff);
              if (tidy !== settings.cutoff) set("cutoff", tidy);
            }}
          />
        </Field>
      </section>

      <section className={styles.section} aria-labelledby="settings-profile-heading">
        <h3 id="settings-profile-heading" className={styles.subheading}>
          {t("settings.profile.heading")}
        </h3>
        {profile === null && !profileError && <Working label={t("settings.profile.loading")} />}
        {profile && (
          <Text data-testid="profile-current">
            {t("settings.profile.current", { name: profile.profile.name, version: profile.profile.version })}
          </Text>
        )}
        {profile?.problem && <InfoBar intent="warning">{profile.problem}</InfoBar>}
        {profileError && <ErrorBar message={profileError} />}
        <FileInput
          label={t("settings.profile.load")}
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => void onProfileFile(event)}
          testId="profile-file"
        />
        {busy && <Working label={t("common.working")} />}
        {message?.kind === "saved" && <SuccessBar>{t("settings.profile.saved", { name: message.name })}</SuccessBar>}
        {message?.kind === "invalid" && (
          <ErrorBar title={t("settings.profile.invalid")} message={message.errors.join(" ")} />
        )}
        {message?.kind === "error" && <ErrorBar message={message.message} />}
        <div className={styles.actions}>
          <Button icon={<ArrowDownloadRegular />} disabled={!profile} onClick={onExport}>
            {t("settings.profile.export")}
          </Button>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="settings-language-heading">
        <h3 id="settings-language-heading" className={styles.subheading}>
          {t("settings.language.heading")}
        </h3>
        <Field label={t("settings.language")}>
          <RadioGroup value={settings.lang} onChange={(_, data) => set("lang", data.value as UiLang)}>
            <Radio value="sv" label={t("settings.language.sv")} />
            <Radio value="en" label={t("settings.language.en")} />
          </RadioGroup>
        </Field>
      </section>
    </div>
  );
}
