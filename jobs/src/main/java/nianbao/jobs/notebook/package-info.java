/**
 * What the Jupyter notebooks under {@code notebooks/} call: {@link nianbao.jobs.notebook.Notebook} opens (or builds)
 * a warehouse and registers its tables as views, {@link nianbao.jobs.notebook.ReportTables} shows one report's three
 * tables side by side as its form prints them, and {@link nianbao.jobs.notebook.HtmlTable} renders a Dataset as an
 * HTML table.
 */
package nianbao.jobs.notebook;
