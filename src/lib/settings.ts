/**
 * The site settings from `content/settings.yaml`, read and checked with their zod schema here and
 * nowhere else: by the pages, by the build's configuration (the site's address) and by the CMS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { SettingsSchema, type Settings } from '../schemas/settings.ts';
import { contentDir } from './paths.ts';
import type { Language } from './i18n/languages.ts';

/**
 * Reads and checks the settings of a content folder; throws when they are not valid. The build
 * runs the content check first, which reports the same problems in words an editor can act on.
 */
export function readSettings(root: string): Settings {
  return SettingsSchema.parse(yaml.load(readFileSync(join(root, 'settings.yaml'), 'utf8')));
}

let cached: Settings | undefined;

/**
 * The settings of the site being built, read on first use and then kept. A function rather than a
 * constant so that importing this file reads nothing: the build's configuration imports it before
 * the content check has run.
 */
export function siteSettings(): Settings {
  cached ??= readSettings(contentDir);
  return cached;
}

/** The settings as a page in `lang` shows them: the site's name and tagline in that language where given. */
export function settingsIn(lang: Language): Settings {
  const settings = siteSettings();
  const translated = settings.translations.find((translation) => translation.lang === lang);
  return translated ? { ...settings, title: translated.title, tagline: translated.tagline } : settings;
}
