/** Every chart of the CPO outlook readable at phone and desktop width, light and dark (see chart-readability.ts). */
import { chartReadabilitySuite } from './chart-readability';

chartReadabilitySuite({ minPages: 6 });
