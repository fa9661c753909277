/** Per-format extraction: bytes in, a {@link nianbao.extract.Page} of lines and table rows out. */
package nianbao.extract;
