package dev.mentorlens.batch;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Lets the job repository create one thing (execution, step execution) at a time in this process. Spring
 * Batch creates them in SERIALIZABLE transactions: when the ingest flows start their steps at the same
 * moment, PostgreSQL would fail one of them with "could not serialize access due to read/write
 * dependencies among transactions" and with it the run.
 */
@Component
class SerialRepositoryCreations implements BeanPostProcessor {

    private final Object creating = new Object();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof JobRepository)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            if (!invocation.getMethod().getName().startsWith("create")) {
                return invocation.proceed();
            }
            synchronized (creating) {
                return invocation.proceed();
            }
        });
        return proxy.getProxy();
    }
}
