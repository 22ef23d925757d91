# GUI tests of widgets/common: treeops_add_test(NAME GUI SOURCES gui/... LIBS ... LABELS gui)
treeops_add_test(tst_themes GUI SOURCES gui/tst_themes.cpp
  LIBS TreeOps::widgets treeops_test_support LABELS gui)
