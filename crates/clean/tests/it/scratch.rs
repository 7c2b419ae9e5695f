#[test]
fn scratch_corpus() {
    use std::collections::HashMap;
    for name in ["bbc_news_2004_2005", "isot_true_reuters_sample", "polnear_train_dev"] {
        let Ok(all) = std::fs::read_to_string(format!("/tmp/{name}.txt")) else { continue };
        let mut by: HashMap<String, usize> = HashMap::new();
        let mut lines = 0;
        for doc in all.split("\n\u{1e}\n") {
            let c = crate::clean_en(doc);
            lines += doc.lines().filter(|l| !l.trim().is_empty()).count();
            for d in &c.dropped {
                *by.entry(format!("{:?}", d.reason)).or_default() += 1;
                if std::env::var("SHOW").is_ok_and(|s| s == format!("{:?}", d.reason)) {
                    println!("{:?}: {}", d.reason, &doc[d.original.clone()].chars().take(160).collect::<String>());
                }
            }
        }
        println!("{name}: {lines} lines, dropped {by:?}");
    }
}
