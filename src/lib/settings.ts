/** The site settings from `content/settings.yaml`, read and checked once. */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { SettingsSchema, type Settings } from '../schemas/settings.ts';
import { contentDir } from './paths.ts';

/** The site settings. The content check has already reported any problem with them. */
export const settings: Settings = SettingsSchema.parse(yaml.load(readFileSync(`${contentDir}/settings.yaml`, 'utf8')));
