"""Airflow DAG: the nianbao nightly run (incremental ingest, statistics if the reports changed, table maintenance).

One task, because `nightly` is one command that is safe to repeat: a failed night is retried (or simply redone by the
next night) and completes what is missing; two overlapping runs never both write (the warehouse lease), so
max_active_runs=1 is a courtesy, not a safeguard. Exit code 0 only on success, so Airflow's task state is truthful.

Needs apache-airflow-providers-apache-spark and a `spark_default` connection pointing at the cluster.
Checked by ScheduleTest (jobs): the class, the jar name, the command and every argument must parse with Main.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

with DAG(
    dag_id="nianbao_nightly",
    schedule="0 2 * * *",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 1, "retry_delay": timedelta(minutes=30)},
    tags=["nianbao"],
) as dag:
    nightly = SparkSubmitOperator(
        task_id="nightly",
        conn_id="spark_default",
        application="/opt/nianbao/jobs/target/jobs-0.1.0-SNAPSHOT-cluster.jar",
        java_class="nianbao.jobs.Main",
        packages="org.apache.hadoop:hadoop-aws:3.5.0",
        # sent with the job: in cluster deploy mode the driver finds it in its working directory by its name
        files="/opt/nianbao/conf/cluster.properties",
        conf={
            "spark.sql.shuffle.partitions": "64",
            "spark.hadoop.fs.s3a.aws.credentials.provider":
                "software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider",
        },
        application_args=[
            "nightly",
            "--conf-file", "cluster.properties",
            "--input", "s3a://my-bucket/reports/",
            "--warehouse", "s3a://my-bucket/nianbao/warehouse",
        ],
    )
