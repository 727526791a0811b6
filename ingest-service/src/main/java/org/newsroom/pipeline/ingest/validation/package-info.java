/**
 * Reading a CMS record: the CloudEvents envelope, the payload against its schema, and
 * the text normalised for the stages after ingest.
 */
package org.newsroom.pipeline.ingest.validation;
