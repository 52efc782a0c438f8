"""The part of multiprocessing that Heron provides: the names scripts import, process
identity and `cpu_count`. Heron cannot start child processes yet, so `Process.start` and
`Pool` raise NotImplementedError instead of pretending to run anything."""

import os as _os

__all__ = ['Process', 'Pool', 'cpu_count', 'current_process', 'active_children', 'parent_process', 'ProcessError', 'AuthenticationError', 'TimeoutError']


class ProcessError(Exception):
    pass


class AuthenticationError(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


def cpu_count():
    import _thread
    n = _thread._cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


_NOT_SUPPORTED = "Heron does not support starting processes with multiprocessing yet"


class BaseProcess:
    _counter = 0

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        BaseProcess._counter += 1
        self._identity = (BaseProcess._counter,)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + str(BaseProcess._counter)
        self._daemonic = bool(daemon)
        self._popen = None

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        raise NotImplementedError(_NOT_SUPPORTED)

    def join(self, timeout=None):
        raise AssertionError('can only join a started process')

    def is_alive(self):
        return self is _current_process

    def terminate(self):
        raise AssertionError('can only terminate a started process')

    kill = terminate

    def close(self):
        pass

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        self._daemonic = daemonic

    @property
    def pid(self):
        return _os.getpid() if self is _current_process and hasattr(_os, 'getpid') else None

    ident = pid

    @property
    def exitcode(self):
        return None

    def __repr__(self):
        status = 'started' if self is _current_process else 'initial'
        return '<%s name=%r %s>' % (type(self).__name__, self._name, status)


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._daemonic = False
        self._target = None
        self._popen = None


_current_process = _MainProcess()


def current_process():
    return _current_process


def parent_process():
    return None


def active_children():
    return []


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    raise NotImplementedError(_NOT_SUPPORTED)
