/**
 * The console's shell around its pages: form login and HTTP basic, who may do what
 * (viewers see every page, only operators may send a form), and who is logged in for
 * every page. Each page's controller lives with its feature.
 */
package org.newsroom.pipeline.console.web;
