/** Every bench section, in print order. Add a section: write a BenchSection and list it here. */
import { churnSection } from './churn';
import { injectionSection } from './injection';
import { idbSection } from './idb';
import { insertSection } from './insert';
import { pickerSection } from './picker';
import type { BenchSection } from './report';
import { sizeSection } from './size';

export const benchSections: BenchSection[] = [sizeSection, injectionSection, pickerSection, insertSection, churnSection, idbSection];
