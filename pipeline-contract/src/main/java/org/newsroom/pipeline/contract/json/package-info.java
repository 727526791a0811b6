/**
 * The one JSON mapping of every contract record, shared by all services and tests.
 */
package org.newsroom.pipeline.contract.json;
