import { config } from 'dotenv';

// Loads .env before anything reads the environment. Quiet: dotenv otherwise prints a line to
// stdout, and the CLI's stdout must hold nothing but its JSON.
config({ quiet: true });
