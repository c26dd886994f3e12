// The npm entries check a foreign bundle (the `bundle` property, a `src`) synchronously, so an element given a bundle
// property renders it in its first update, in the browser and on the server: importing the validator registers it
// with `validate()`. The CDN file and the autoloader leave this module out and load the validator only when a
// foreign bundle arrives (see rollup.config.mjs).
import '../data/parse.js';
