/**
 * The body as the audience gets it: safe HTML, plain text, sentences, word counts and
 * reading time.
 */
package org.newsroom.pipeline.enrich.text;
