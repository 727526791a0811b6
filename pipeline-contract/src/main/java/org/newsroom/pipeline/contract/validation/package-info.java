/**
 * Validation of a CMS payload against its JSON Schema, with each violation named by its
 * field, and a suggestion for a misspelt one.
 */
package org.newsroom.pipeline.contract.validation;
