# GUI tests of widgets/quote: treeops_add_test(NAME GUI SOURCES gui/... LIBS TreeOps::widgets treeops_test_support LABELS gui)
treeops_add_test(tst_quote_panel GUI SOURCES gui/tst_quote_panel.cpp
  LIBS TreeOps::widgets treeops_test_support LABELS gui)
treeops_add_test(tst_quote_document GUI SOURCES gui/tst_quote_document.cpp
  LIBS TreeOps::widgets treeops_test_support LABELS gui)
