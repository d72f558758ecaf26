"""Imported by the build's fork server only (``set_forkserver_preload`` in
:mod:`aikg.graph.parallel`): importing this module warms the server up
(:func:`aikg.graph.parallel.warm_up`), so every worker it forks starts with the rules, the
name matcher and jieba's dictionary loaded. Nothing else imports it."""

import gc

from aikg.graph.parallel import warm_up

warm_up()
# What the server holds now lives as long as every worker: the workers' collector need
# not walk it again (nor touch, and so copy, its pages).
gc.freeze()
