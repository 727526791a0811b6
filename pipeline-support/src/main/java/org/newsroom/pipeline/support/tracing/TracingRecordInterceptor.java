package org.newsroom.pipeline.support.tracing;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Opens the trace and log context around every record a listener handles.
 */
public class TracingRecordInterceptor implements RecordInterceptor<Object, Object> {

	private final String service;

	public TracingRecordInterceptor(String service) {
		this.service = service;
	}

	@Override
	public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
			Consumer<Object, Object> consumer) {
		TraceContext.open(record.headers(), (record.key() != null) ? record.key().toString() : null, this.service);
		return record;
	}

	@Override
	public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
		TraceContext.close();
	}

}
