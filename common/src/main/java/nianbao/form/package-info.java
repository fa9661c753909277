/**
 * The national report forms as data: the 2019 form, the 2021 form and the pre-2019 form, each defined in one JSON
 * resource ({@code form-*.json}: sections, row keys, column keys, label tokens with variant spellings), read by
 * {@link nianbao.form.Forms} and detected from header tokens by {@link nianbao.form.Forms#detect}.
 */
package nianbao.form;
