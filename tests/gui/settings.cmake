# GUI tests of widgets/settings: treeops_add_test(NAME GUI SOURCES gui/... LIBS TreeOps::widgets LABELS gui)
treeops_add_test(tst_settings GUI SOURCES gui/tst_settings.cpp
  LIBS TreeOps::widgets treeops_test_support LABELS gui)
treeops_add_test(tst_connection_startup SOURCES gui/tst_connection_startup.cpp
  LIBS TreeOps::widgets LABELS gui)
treeops_add_test(tst_connection_settings GUI SERVERS SOURCES gui/tst_connection_settings.cpp
  LIBS TreeOps::widgets treeops_test_support LABELS gui integration TIMEOUT 120)
