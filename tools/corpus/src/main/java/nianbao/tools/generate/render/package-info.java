/**
 * Writes a generated report ({@link nianbao.tools.generate.Doc}) as the bytes of one format — txt, html, docx, xlsx,
 * pdf — one renderer per format, registered in {@link nianbao.tools.generate.render.Renderers}.
 */
package nianbao.tools.generate.render;
