/**
 * Every page passes axe-core's WCAG 2.2 AA and best-practice rules in the light
 * colour scheme, at a phone and a laptop width (tests/browser/axe.ts).
 */
import { describeAxe } from './axe';

describeAxe('light');
