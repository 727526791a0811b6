/**
 * What the console's list pages share: reading their filter fields, and the links to
 * their other pages that keep the filter.
 */
package org.newsroom.pipeline.console.page;
