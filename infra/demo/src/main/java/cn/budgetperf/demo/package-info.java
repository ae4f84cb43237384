/** The demo world loader: the seed departments brought to their demo states through the public APIs. */
package cn.budgetperf.demo;
