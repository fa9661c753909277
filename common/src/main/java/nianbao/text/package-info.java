/**
 * Text normalisation before reading: full-width/half-width folding, Traditional→Simplified script (ICU4J, only when
 * the text has Traditional-only characters), and removal of spam strings and banners injected by mirror sites.
 */
package nianbao.text;
