/**
 * What a CMS sends: the content of an article or an episode, and its kind.
 */
package org.newsroom.pipeline.contract.cms;
