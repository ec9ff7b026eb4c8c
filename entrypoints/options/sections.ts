/**
 * The options page's sections, in nav order; the first is the default. Adding a section is one
 * line here plus its component in components/options/. The id is the URL hash (#adoption).
 */
import type { ComponentType } from 'preact';
import { AdoptionSection } from '@/components/options/AdoptionSection';
import { DataSection } from '@/components/options/DataSection';
import { ServicesSection } from '@/components/options/ServicesSection';
import { SettingsSection } from '@/components/options/SettingsSection';
import { SitesSection } from '@/components/options/SitesSection';
import { SyncSection } from '@/components/options/SyncSection';
import { TemplatesSection } from '@/components/options/TemplatesSection';

export interface OptionsSection {
  id: string;
  title: string;
  component: ComponentType;
}

export const sections: readonly OptionsSection[] = [
  { id: 'adoption', title: 'Adoption', component: AdoptionSection },
  { id: 'templates', title: 'Templates', component: TemplatesSection },
  { id: 'services', title: 'Services', component: ServicesSection },
  { id: 'sites', title: 'Sites', component: SitesSection },
  { id: 'sync', title: 'Sync', component: SyncSection },
  { id: 'data', title: 'Data', component: DataSection },
  { id: 'settings', title: 'Feedback prompts & settings', component: SettingsSection },
];
