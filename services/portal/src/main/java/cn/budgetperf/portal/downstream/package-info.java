/**
 * The portal's calls to the platform's services (budget, scoring, publication, indicator), made
 * server-side with the caller's own bearer token, and the Chinese pages for their failures: a
 * refusal (403) becomes the 无权访问 page, an unreachable or failing service the 服务暂不可用 page.
 */
package cn.budgetperf.portal.downstream;
