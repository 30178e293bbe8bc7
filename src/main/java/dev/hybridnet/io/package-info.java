/**
 * The file format: reading and writing {@code *.hybridnet.json} (version 1), migration of older versions, the
 * JSON Schema, and atomic saves. The only package that uses Jackson; the model carries no annotations.
 *
 * <p>Depends on {@code model}, {@code catalog} (for the default size of icons, which canonical files omit) and
 * {@code geometry}.
 */
package dev.hybridnet.io;
