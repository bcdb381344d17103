package org.contextmap.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Where the browser spends its time during one action: Chromium's sampling CPU profiler (the
 * DevTools protocol's {@code Profiler} domain) around it, then the self time of each function
 * summed and the heaviest printed with the script they are in. Used by {@link UiSpeedBenchmark}
 * when {@code -Dbenchmark.profile=true}, to see whether a slow screen waits on the server, on
 * Vaadin's rendering of components, or on the network picture's drawing and layout.
 */
final class BrowserProfile {

    private final ChromeDriver browser;

    private BrowserProfile(ChromeDriver browser) {
        this.browser = browser;
    }

    static BrowserProfile start(ChromeDriver browser) {
        browser.executeCdpCommand("Profiler.enable", Map.of());
        browser.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 200));
        browser.executeCdpCommand("Profiler.start", Map.of());
        return new BrowserProfile(browser);
    }

    /** Stops the profiler and prints the {@code top} functions by self time, and the idle share. */
    @SuppressWarnings("unchecked")
    void stopAndPrint(String what, int top) {
        Map<String, Object> profile = (Map<String, Object>) browser.executeCdpCommand("Profiler.stop", Map.of())
                .get("profile");
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) profile.get("nodes");
        List<Number> samples = (List<Number>) profile.get("samples");
        List<Number> deltas = (List<Number>) profile.get("timeDeltas");
        Map<Long, String> names = new HashMap<>();
        for (Map<String, Object> node : nodes) {
            Map<String, Object> frame = (Map<String, Object>) node.get("callFrame");
            String url = String.valueOf(frame.get("url"));
            String file = url.substring(url.lastIndexOf('/') + 1);
            if (file.length() > 40) {
                file = file.substring(0, 40);
            }
            String function = String.valueOf(frame.get("functionName"));
            names.put(((Number) node.get("id")).longValue(), (function.isEmpty() ? "(anonymous)" : function)
                    + (file.isEmpty() ? "" : " · " + file));
        }
        Map<String, Double> self = new HashMap<>();
        double total = 0;
        for (int i = 0; i < samples.size(); i++) {
            double ms = (i + 1 < deltas.size() ? deltas.get(i + 1).doubleValue() : 0) / 1000.0;
            self.merge(names.get(samples.get(i).longValue()), ms, Double::sum);
            total += ms;
        }
        System.out.printf("  where the browser's time went, %s (%,.0f ms sampled):%n", what, total);
        self.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("    %,7.0f ms  %s%n", e.getValue(), e.getKey()));
    }
}
