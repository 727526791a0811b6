/**
 * The console's pages and security: form login, overview, item search and timeline, dead
 * letters with replay, and webhook deliveries with redelivery and subscription commands.
 * Viewers see every page; only operators may send a form.
 */
package org.newsroom.pipeline.console.web;
