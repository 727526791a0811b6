/**
 * The speakers of a podcast episode: those the CMS gave, otherwise the people of the show
 * notes, as host and guests where the wording shows who leads the talk.
 */
package org.newsroom.pipeline.enrich.episode;
