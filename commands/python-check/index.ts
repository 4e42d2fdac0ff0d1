import type { Feature } from '../../src/framework/registry.js';
import { checkPython } from './check-python.js';
import { chooseOs } from './choose-os.js';
import { pasteForm } from './paste-form.js';

/** /check-python: judges pasted `python --version` output and gives the fix for the student's OS. */
const feature: Feature = {
  name: 'python-check',
  commands: [checkPython],
  components: [chooseOs, pasteForm],
};

export default feature;
